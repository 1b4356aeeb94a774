"""Reading record files: which files, their bytes, values with positions, and L problems."""
