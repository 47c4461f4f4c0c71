"""Transfer (移交) of filed volumes to another archive as a signed BagIt package, and receipt (接收) of one."""
