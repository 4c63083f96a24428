"""The kiosk application core: flow, session, domain rules, backend client, digitization. No widgets."""
