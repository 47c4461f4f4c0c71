"""Evidence discs: plan, BagIt content, ISO images, verification and burning — free of Qt and of the database."""
