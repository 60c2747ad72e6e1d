from pathlib import Path


def spool_dir(root, shop_id):
    d = Path(root) / "spool" / str(shop_id)
    d.mkdir(mode=0o777, parents=True, exist_ok=True)
    return d
