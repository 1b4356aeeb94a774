"""What commands print: validation results, rule documentation, the configuration."""
