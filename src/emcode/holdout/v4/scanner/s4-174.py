from random import randint
from django.core.cache import cache
from django.http import JsonResponse


def send_otp(request):
    code = str(randint(100000, 999999))
    cache.set("otp:" + str(request.user.pk), code, 300)
    request.user.email_user("Your code", code)
    return JsonResponse({"sent": True})
