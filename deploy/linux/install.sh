#!/usr/bin/env bash
# Install a frozen kiosk build (dist/kiosk from `make dist`) on a Debian/Ubuntu kiosk PC, as root:
#   sudo deploy/linux/install.sh dist/kiosk [profile.toml]
# Creates the dedicated user `kiosk` with automatic graphical login (LightDM), installs the build in
# /opt/mst-kiosk, the profile in /etc/mst-kiosk/profile.toml (validated first), and a systemd user
# service that restarts the kiosk when it exits, with screen blanking off.
set -euo pipefail
build=${1:?usage: install.sh DIST_DIR [PROFILE]}
profile=${2:-config/default.toml}
[[ $(id -u) -eq 0 ]] || { echo "run as root" >&2; exit 1; }
[[ -x "$build/kiosk" ]] || { echo "$build/kiosk not found: run make dist first" >&2; exit 1; }

"$build/kiosk" config check "$profile"

apt-get install -y -qq --no-install-recommends libzbar0 x11-xserver-utils lightdm openbox alsa-utils >/dev/null
id kiosk >/dev/null 2>&1 || useradd --create-home --shell /bin/bash kiosk
usermod -a -G video,lp,dialout,audio kiosk   # camera, USB printer, serial scanner, the warning chime (aplay)

rm -rf /opt/mst-kiosk && cp -a "$build" /opt/mst-kiosk
install -d -m 0755 /etc/mst-kiosk
install -m 0640 -o root -g kiosk "$profile" /etc/mst-kiosk/profile.toml   # may hold the backend token

# Automatic login into a bare Openbox session (no desktop to escape to).
install -d /etc/lightdm/lightdm.conf.d
cat > /etc/lightdm/lightdm.conf.d/50-mst-kiosk.conf <<CONF
[Seat:*]
autologin-user=kiosk
autologin-session=openbox
xserver-command=X -s 0 -dpms -nocursor
CONF

home=/home/kiosk
install -d -o kiosk -g kiosk "$home/.config/systemd/user" "$home/.config/openbox" "$home/.config/mst-kiosk"
install -m 0644 -o kiosk -g kiosk "$(dirname "$0")/mst-kiosk.service" "$home/.config/systemd/user/mst-kiosk.service"
cat > "$home/.config/openbox/autostart" <<'AUTO'
xset s off -dpms s noblank
systemctl --user import-environment DISPLAY XAUTHORITY
systemctl --user start mst-kiosk.service
AUTO
chown kiosk:kiosk "$home/.config/openbox/autostart"
loginctl enable-linger kiosk
echo "installed: reboot, or log in as kiosk; logs: journalctl --user -u mst-kiosk (as kiosk) and ~/.local/share/mst-kiosk/logs"
