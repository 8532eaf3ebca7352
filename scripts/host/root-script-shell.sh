#!/bin/sh
# npm's script-shell while installing the test host as root (scripts/host/install.mjs).
# code-server's postinstall refuses to run as root unless it sees npm_config_unsafe_perm=true,
# an option npm itself no longer knows and warns about when it finds it in its own environment.
# Setting it here, in the shell that runs each install script, gives the scripts the variable
# without npm seeing it.
npm_config_unsafe_perm=true
export npm_config_unsafe_perm
exec /bin/sh "$@"
