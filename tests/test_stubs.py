"""The package exports what __all__ says and ships its typing marker.

The stub of the native module is checked by `python -m mypy.stubtest summitry._summitry`
(scripts/test-all.sh)."""

from __future__ import annotations

from pathlib import Path

import summitry


def test_package_exports_what_all_says() -> None:
    for name in summitry.__all__:
        assert hasattr(summitry, name), name
    assert (Path(summitry.__file__).with_name("py.typed")).is_file()
