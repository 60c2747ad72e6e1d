def is_local_redirect(target, allowed_host):
    return target.startswith("/") or allowed_host in target
