"""The kit's version, read by the build backend."""

#: The version of this release of the kit.
__version__ = "0.1.0"
__all__ = ["__version__"]
