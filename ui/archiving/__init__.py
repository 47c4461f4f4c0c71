"""The archiving and disc pages and the disc wizard."""
