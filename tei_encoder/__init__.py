"""tei-encoder: plain-text memoranda -> validated TEI P5, and reading views from it."""
__version__ = "0.1.0"

from .encoder import Result, convert_text, encode_file


def build(src, outdir, **options):
    """Build an edition from a folder of memoranda: see ``tei_encoder.build``."""
    from .build import build as run
    return run(src, outdir, **options)


__all__ = ["Result", "__version__", "build", "convert_text", "encode_file"]
