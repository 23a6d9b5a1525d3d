"""The project's own scripts, as a new user meets them."""
import os
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def require_swift_with(tmp_path, version_line):
    """`require_swift` of scripts/lib/setup.sh with a `swift` that says `version_line`."""
    fake = tmp_path / "swift"
    fake.write_text(f"#!/bin/sh\necho '{version_line}'\n")
    fake.chmod(0o755)
    env = {**os.environ, "PATH": f"{tmp_path}:{os.environ['PATH']}"}
    return subprocess.run(["bash", "-c", f"source '{ROOT}/scripts/lib/setup.sh'; require_swift"],
                          env=env, capture_output=True, text=True)


def test_a_toolchain_older_than_the_manifest_needs_is_named_with_the_minimum(tmp_path):
    old = require_swift_with(tmp_path, "Swift version 6.0.3 (swift-6.0.3-RELEASE)")
    assert old.returncode == 1
    assert "Swift 6.1 or later" in old.stderr and "6.0.3" in old.stderr


def test_a_recent_toolchain_passes(tmp_path):
    assert require_swift_with(tmp_path, "Swift version 6.3.1 (swift-6.3.1-RELEASE)").returncode == 0
    assert require_swift_with(tmp_path, "Swift version 6.1 (swift-6.1-RELEASE)").returncode == 0
