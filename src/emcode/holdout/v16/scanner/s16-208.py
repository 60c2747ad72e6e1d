from importlib.metadata import version, PackageNotFoundError


def package_version(pkg: str):
    try:
        return version(pkg)
    except PackageNotFoundError:
        return None
