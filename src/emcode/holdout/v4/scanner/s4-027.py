import tarfile
import tempfile
import requests

PLUGIN_INDEX = "https://plugins.example.com/dist/"


def install_plugin(name: str, plugins_dir: str = "/opt/app/plugins") -> None:
    if not name.isidentifier():
        raise ValueError("plugin names are identifiers")
    resp = requests.get(PLUGIN_INDEX + name + ".tar.gz", timeout=30)
    resp.raise_for_status()
    with tempfile.NamedTemporaryFile(suffix=".tar.gz") as tmp:
        tmp.write(resp.content)
        tmp.flush()
        with tarfile.open(tmp.name) as tar:
            tar.extractall(plugins_dir, filter="data")
