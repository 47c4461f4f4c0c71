"""The custody pages: backups, their register, the rolling fixity check and repair from a verified copy."""
