"""Evidence discs (Art. 26): plan a disc set, lay out BagIt bags, build and verify ISO images, burn, print labels."""
