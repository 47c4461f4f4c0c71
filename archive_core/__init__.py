"""Qt-free domain services and rules of the enforcement-record archive workstation."""
