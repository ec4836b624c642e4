#!/usr/bin/env bash
# Installs and starts a local PostgreSQL for the storage tests (and CI), with the login role the tests
# expect: switchboard / switchboard, CREATEDB, on 127.0.0.1:5432.
# Safe to run again: every step checks before it acts. Run as root on Debian.
set -euo pipefail

readonly role=switchboard
readonly password=switchboard
readonly port=5432

if [[ ${EUID} -ne 0 ]]; then
  echo "postgres.sh: run as root (it installs packages and starts the cluster)" >&2
  exit 1
fi

if ! dpkg-query -W -f='${Status}' postgresql 2>/dev/null | grep -q 'install ok installed'; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y postgresql
fi

# The Debian release decides the major version (15 on Debian 12); take whatever is installed.
major=$(find /usr/lib/postgresql -mindepth 1 -maxdepth 1 -type d -printf '%f\n' | sort -V | tail -n 1)
if [[ -z ${major} ]]; then
  echo "postgres.sh: no PostgreSQL server found under /usr/lib/postgresql after installing" >&2
  exit 1
fi

if ! pg_lsclusters --no-header | awk -v v="${major}" '$1 == v && $2 == "main" { found = 1 } END { exit !found }'; then
  pg_createcluster --port "${port}" "${major}" main
fi

# The tests connect over TCP with a password, on loopback only. A drop-in under conf.d (which Debian's
# postgresql.conf includes) keeps the packaged configuration untouched.
conf_dir=/etc/postgresql/${major}/main/conf.d
drop_in=${conf_dir}/switchboard.conf
wanted=$(printf "listen_addresses = '127.0.0.1'\nport = %s\n" "${port}")
restart=false
if [[ ! -f ${drop_in} || $(cat "${drop_in}") != "${wanted}" ]]; then
  mkdir -p "${conf_dir}"
  printf '%s\n' "${wanted}" > "${drop_in}"
  chown postgres:postgres "${drop_in}"
  restart=true
fi

if pg_ctlcluster "${major}" main status >/dev/null 2>&1; then
  if [[ ${restart} == true ]]; then
    pg_ctlcluster "${major}" main restart
  fi
else
  pg_ctlcluster "${major}" main start
fi

for _ in $(seq 1 60); do
  if pg_isready -q -h 127.0.0.1 -p "${port}"; then
    break
  fi
  sleep 1
done
if ! pg_isready -h 127.0.0.1 -p "${port}"; then
  echo "postgres.sh: PostgreSQL ${major} did not become ready on 127.0.0.1:${port}; see /var/log/postgresql/postgresql-${major}-main.log" >&2
  exit 1
fi

# ALTER on every run so that a role left with another password or without CREATEDB is put right.
runuser -u postgres -- psql --quiet --no-psqlrc -v ON_ERROR_STOP=1 -p "${port}" -d postgres <<SQL
DO \$\$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${role}') THEN
    CREATE ROLE ${role} LOGIN CREATEDB PASSWORD '${password}';
  ELSE
    ALTER ROLE ${role} LOGIN CREATEDB PASSWORD '${password}';
  END IF;
END
\$\$;
SQL

echo "PostgreSQL ${major} is ready on 127.0.0.1:${port} (role ${role})"
