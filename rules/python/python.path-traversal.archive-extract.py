import os
import tarfile
import zipfile
from pathlib import Path

DEST = Path("/srv/imports")


def import_bundle(path):
    with tarfile.open(path) as tar:
        # ruleid: python.path-traversal.archive-extract
        tar.extractall(DEST)


def import_bundle_safe(path):
    with tarfile.open(path) as tar:
        # ok: python.path-traversal.archive-extract
        tar.extractall(DEST, filter="data")


def import_one(path, name):
    archive = tarfile.open(path, "r:gz")
    # ruleid: python.path-traversal.archive-extract
    archive.extract(name, DEST)
    archive.close()


def unpack_zip(path):
    with zipfile.ZipFile(path) as zf:
        for name in zf.namelist():
            # ruleid: python.path-traversal.archive-extract
            with open(os.path.join(DEST, name), "wb") as out:
                out.write(zf.read(name))


def unpack_zip_safe(path):
    with zipfile.ZipFile(path) as zf:
        for name in zf.namelist():
            target = (DEST / name).resolve()
            if not target.is_relative_to(DEST.resolve()):
                raise ValueError(f"unsafe member {name}")
            # ok: python.path-traversal.archive-extract
            with open(target, "wb") as out:
                out.write(zf.read(name))
