"""Write requirements-dask.lock: pip-compile's lock of requirements-dask.in less the
packages requirements.lock already pins, so it installs on top of it with --no-deps.

Usage: pip-compile --allow-unsafe --generate-hashes --strip-extras \
           --output-file=build/dask-full.lock requirements-dask.in
       python tools/lock_dask.py build/dask-full.lock > requirements-dask.lock
"""
import re
import sys

NAME = re.compile(r"^([A-Za-z0-9_.-]+)==")


def norm(name):
    return re.sub(r"[-_.]+", "-", name).lower()


def main(full):
    base = {norm(m.group(1)) for line in open("requirements.lock") if (m := NAME.match(line))}
    print("#\n# Optional extra [dask]: install on top of requirements.lock with\n"
          "#    pip install --require-hashes --no-deps -r requirements-dask.lock\n"
          "# Regenerate: see tools/lock_dask.py (pip-compile of requirements-dask.in,\n"
          "# constrained by requirements.lock, less what requirements.lock pins).\n#")
    keep = False
    for line in open(full):
        m = NAME.match(line)
        if m:
            keep = norm(m.group(1)) not in base
        elif not line.startswith(" "):
            keep = False
        if keep:
            sys.stdout.write(line)


if __name__ == "__main__":
    main(sys.argv[1])
