"""tei-encoder: plain-text memoranda -> validated TEI P5, and reading views from it."""
__version__ = "0.1.0"

from .encoder import Result, convert_text, encode_file

__all__ = ["Result", "__version__", "convert_text", "encode_file"]
