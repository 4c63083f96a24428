"""SQLAlchemy 2 models of the reference backend: procedures, calendar, kiosks, staff, dossiers, tickets,
throttle events."""
from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class UtcDateTime(TypeDecorator[datetime]):
    """Aware datetimes stored as naive UTC (SQLite keeps no zone) and read back as aware UTC."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UtcDateTime column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    """Declarative base of every table."""


class Meta(Base):
    """Key/value facts about the installation: catalogue version, tracking secret."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Procedure(Base):
    """One administrative procedure of the catalogue; ``data`` is the full ProcedureDetail."""

    __tablename__ = "procedures"
    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    name_vi: Mapped[str] = mapped_column(Text)
    name_en: Mapped[str] = mapped_column(Text)
    field: Mapped[str] = mapped_column(String(40), index=True)
    processing_days: Mapped[int] = mapped_column(Integer)
    cutoff_hour: Mapped[int | None] = mapped_column(Integer, nullable=True)
    fee_vnd: Mapped[int] = mapped_column(BigInteger)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)


class CalendarDay(Base):
    """An administrator's correction of the calendar: an extra day off or a swapped working day."""

    __tablename__ = "calendar_days"
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    is_working: Mapped[bool] = mapped_column(Boolean)
    note: Mapped[str] = mapped_column(Text, default="")


class Sequence(Base):
    """Daily counters: dossier numbers per agency, ticket numbers per service area."""

    __tablename__ = "sequences"
    name: Mapped[str] = mapped_column(String(80), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    last_value: Mapped[int] = mapped_column(Integer)


class Kiosk(Base):
    """A kiosk allowed to call the kiosk-facing API; its token is stored only as a hash."""

    __tablename__ = "kiosks"
    id: Mapped[str] = mapped_column(String(60), primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    last_seen_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    last_heartbeat: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)


class StaffUser(Base):
    """A reception officer who may use the staff console."""

    __tablename__ = "staff_users"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    username: Mapped[str] = mapped_column(String(60), unique=True)
    display_name: Mapped[str] = mapped_column(Text)
    password_hash: Mapped[str] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class StaffSession(Base):
    """A logged-in console session (cookie holds the token, the table its hash)."""

    __tablename__ = "staff_sessions"
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id", ondelete="CASCADE"))
    csrf_token: Mapped[str] = mapped_column(String(64))
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime)
    user: Mapped[StaffUser] = relationship(lazy="joined")


class Dossier(Base):
    """One application (hồ sơ) with its applicant, status and deadlines."""

    __tablename__ = "dossiers"
    __table_args__ = (UniqueConstraint("kiosk_id", "idempotency_key", name="uq_dossier_idempotency"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    code: Mapped[str] = mapped_column(String(60), unique=True)
    procedure_code: Mapped[str] = mapped_column(ForeignKey("procedures.code"), index=True)
    status: Mapped[int] = mapped_column(Integer, index=True)
    channel: Mapped[int] = mapped_column(Integer)
    applicant_type: Mapped[int] = mapped_column(Integer)
    applicant_name: Mapped[str] = mapped_column(Text)
    applicant_id_number: Mapped[str | None] = mapped_column(String(12), nullable=True)
    # how the kiosk established the applicant's identity (issue 16): chip-verified, chip-unverified-signer, qr-only
    applicant_identity_trust: Mapped[str | None] = mapped_column(String(32), nullable=True)
    applicant_address: Mapped[str] = mapped_column(Text)
    organisation_name: Mapped[str | None] = mapped_column(Text, nullable=True)
    tax_code: Mapped[str | None] = mapped_column(String(20), nullable=True)
    phone: Mapped[str] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(Text, nullable=True)
    delivery_method: Mapped[int] = mapped_column(Integer)
    postal_address: Mapped[str | None] = mapped_column(Text, nullable=True)
    language: Mapped[str] = mapped_column(String(2), default="vi")
    received_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    processing_days: Mapped[int] = mapped_column(Integer)
    paused_working_days: Mapped[int] = mapped_column(Integer, default=0)
    appointed_date: Mapped[date] = mapped_column(Date, index=True)
    fee_vnd: Mapped[int] = mapped_column(BigInteger, default=0)
    status_before_pause: Mapped[int | None] = mapped_column(Integer, nullable=True)
    paused_since: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    current_unit: Mapped[str | None] = mapped_column(Text, nullable=True)
    refusal_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    finished_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    returned_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    kiosk_id: Mapped[str | None] = mapped_column(ForeignKey("kiosks.id"), nullable=True)
    idempotency_key: Mapped[str | None] = mapped_column(String(100), nullable=True)
    request_fingerprint: Mapped[str | None] = mapped_column(String(64), nullable=True)
    provisional_ref: Mapped[str | None] = mapped_column(String(40), unique=True, nullable=True)
    # the citizen's consent on record (issue 14): the SHA-256 of the text shown, its language, when, which kiosk;
    # all None for a dossier from a kiosk that sent only "consent: true"
    consent_version: Mapped[str | None] = mapped_column(String(64), nullable=True)
    consent_language: Mapped[str | None] = mapped_column(String(2), nullable=True)
    consent_given_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    consent_kiosk_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    receipt_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)  # submission confirmation PDF
    # issue 14: the legal clock runs from acceptance (form 01); an apology (form 04) sets a new return date
    accepted_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    rescheduled_to: Mapped[date | None] = mapped_column(Date, nullable=True)
    rescheduled_paused_days: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    documents: Mapped[list[DossierDocument]] = relationship(
        back_populates="dossier", order_by="DossierDocument.id", cascade="all, delete-orphan")
    stages: Mapped[list[DossierStage]] = relationship(
        back_populates="dossier", order_by="DossierStage.id", cascade="all, delete-orphan")
    supplement_requests: Mapped[list[SupplementRequest]] = relationship(
        back_populates="dossier", order_by="SupplementRequest.id", cascade="all, delete-orphan")
    forms: Mapped[list[IssuedForm]] = relationship(
        back_populates="dossier", order_by="IssuedForm.id", cascade="all, delete-orphan")


class DossierDocument(Base):
    """A stored file of a dossier (submission or supplement), named on disk by its SHA-256."""

    __tablename__ = "dossier_documents"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossiers.id", ondelete="CASCADE"), index=True)
    component_id: Mapped[str] = mapped_column(String(40))
    sha256: Mapped[str] = mapped_column(String(64))
    size_bytes: Mapped[int] = mapped_column(Integer)
    pages: Mapped[int] = mapped_column(Integer)
    uploaded_at: Mapped[datetime] = mapped_column(UtcDateTime)
    supplement_request_id: Mapped[int | None] = mapped_column(
        ForeignKey("supplement_requests.id"), nullable=True)
    dossier: Mapped[Dossier] = relationship(back_populates="documents")


class DossierStage(Base):
    """One step of the processing history: unit, handler, start, regulated end, actual end, note."""

    __tablename__ = "dossier_stages"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossiers.id", ondelete="CASCADE"), index=True)
    status: Mapped[int] = mapped_column(Integer)
    name_vi: Mapped[str] = mapped_column(Text)
    name_en: Mapped[str] = mapped_column(Text)
    unit: Mapped[str] = mapped_column(Text)
    handler: Mapped[str | None] = mapped_column(Text, nullable=True)
    started_at: Mapped[datetime] = mapped_column(UtcDateTime)
    regulated_end: Mapped[date | None] = mapped_column(Date, nullable=True)
    actual_end: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)
    dossier: Mapped[Dossier] = relationship(back_populates="stages")


class SupplementRequest(Base):
    """A request for missing documents (form 02) and when it was fulfilled."""

    __tablename__ = "supplement_requests"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossiers.id", ondelete="CASCADE"), index=True)
    missing: Mapped[list[str]] = mapped_column(JSON)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)
    requested_at: Mapped[datetime] = mapped_column(UtcDateTime)
    due_date: Mapped[date] = mapped_column(Date)
    fulfilled_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    fulfilled_key: Mapped[str | None] = mapped_column(String(100), nullable=True)
    dossier: Mapped[Dossier] = relationship(back_populates="supplement_requests")


class IssuedForm(Base):
    """A paper issued about a dossier (issue 14): the submission confirmation or form 01-04, its number, when and
    by whom, its PDF (content-addressed file) and the data it was rendered from."""

    __tablename__ = "dossier_forms"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossiers.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    number: Mapped[str] = mapped_column(String(40))
    issued_at: Mapped[datetime] = mapped_column(UtcDateTime)
    issued_by: Mapped[str | None] = mapped_column(Text, nullable=True)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[dict[str, Any]] = mapped_column(JSON)
    dossier: Mapped[Dossier] = relationship(back_populates="forms")


class Ticket(Base):
    """A queue ticket of the assisted counter."""

    __tablename__ = "tickets"
    __table_args__ = (UniqueConstraint("service_area", "day", "number", name="uq_ticket_number"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    service_area: Mapped[str] = mapped_column(String(40))
    day: Mapped[date] = mapped_column(Date, index=True)
    number: Mapped[int] = mapped_column(Integer)
    issued_at: Mapped[datetime] = mapped_column(UtcDateTime)
    kiosk_id: Mapped[str | None] = mapped_column(ForeignKey("kiosks.id"), nullable=True)
    called_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)


class ThrottleEvent(Base):
    """One counted event (a wrong proof, a failed login, a look-up) of a throttle bucket.

    The caller's key is stored only as its SHA-256 digest (32 bytes whatever its length); rows older
    than their bucket's window, and the oldest rows beyond a size cap, are deleted on every write.
    """

    __tablename__ = "throttle_events"
    __table_args__ = (Index("ix_throttle_events_key", "bucket", "key_hash", "at"),
                      Index("ix_throttle_events_age", "bucket", "at"))
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    bucket: Mapped[str] = mapped_column(String(30))
    key_hash: Mapped[bytes] = mapped_column(LargeBinary(32))
    at: Mapped[datetime] = mapped_column(UtcDateTime)
