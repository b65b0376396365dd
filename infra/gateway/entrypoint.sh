#!/bin/sh
# The gateway container: the milter as the unprivileged `needtoknow` user (a supervisor and
# NEEDTOKNOW_MILTER_PROCESSES children on one socket), then Postfix (as packaged: its master runs as
# root and its daemons as `postfix`) in the foreground. Either one ending ends the container, so the
# orchestrator restarts it.
set -eu
socket="unix:/run/needtoknow/milter.sock"
mkdir -p /run/needtoknow && chown 10001:10001 /run/needtoknow && chmod 0755 /run/needtoknow
case "${NEEDTOKNOW_FAIL_MODE:-warn}" in block) action=tempfail ;; *) action=accept ;; esac
postconf -e "smtpd_milters = $socket" "milter_default_action = $action" \
  "myhostname = ${GATEWAY_HOSTNAME:-$(hostname -f)}" "relayhost = ${GATEWAY_RELAYHOST:-}"
[ -f /etc/postfix/upstream.cidr ] || : > /etc/postfix/upstream.cidr
[ -f /etc/postfix/relay_clientcerts ] || : > /etc/postfix/relay_clientcerts
postmap /etc/postfix/relay_clientcerts
setpriv --reuid=10001 --regid=10001 --clear-groups needtoknow milter --socket "$socket" &
milter=$!
postfix start-fg &
postfix_pid=$!
trap 'kill -TERM "$milter" 2>/dev/null; postfix stop 2>/dev/null; wait' TERM INT
while kill -0 "$milter" 2>/dev/null && kill -0 "$postfix_pid" 2>/dev/null; do sleep 5; done
kill -TERM "$milter" 2>/dev/null || true
postfix stop 2>/dev/null || true
exit 1
