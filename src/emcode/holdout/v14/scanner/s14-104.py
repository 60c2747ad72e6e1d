import logging
from django.contrib.auth.signals import user_login_failed
from django.dispatch import receiver

security_log = logging.getLogger("security")


@receiver(user_login_failed)
def on_login_failed(sender, credentials, request=None, **kwargs):
    username = credentials.get("username", "")
    ip = request.META.get("REMOTE_ADDR") if request else "-"
    security_log.warning("login failed for %r from %s", username, ip)
