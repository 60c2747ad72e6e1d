from django.http import JsonResponse
from django.contrib.auth.models import User


def user_lookup(request):
    uname = request.GET.get("u", "")
    base = "SELECT * FROM auth_user"
    cond = " WHERE username = %s"
    users = User.objects.raw(base + cond, [uname])
    return JsonResponse({"ids": [u.id for u in users]})
