"""Command-line shell over the service functions. Each module adds its commands in `register`."""
