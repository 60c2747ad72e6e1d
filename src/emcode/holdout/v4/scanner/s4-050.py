import secrets
from django.core.cache import cache
from django.http import JsonResponse


def send_otp(request):
    code = f"{secrets.randbelow(1_000_000):06d}"
    cache.set("otp:" + str(request.user.pk), code, 300)
    request.user.email_user("Your code", code)
    return JsonResponse({"sent": True})
