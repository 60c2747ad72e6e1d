import os
import tarfile
import urllib.request


def fetch_dataset(url: str, dest: str) -> list[str]:
    archive, _ = urllib.request.urlretrieve(url)
    out = []
    with tarfile.open(archive) as tar:
        for member in tar.getmembers():
            if member.isfile():
                tar.extract(member, path=dest)
                out.append(os.path.join(dest, member.name))
    return out
