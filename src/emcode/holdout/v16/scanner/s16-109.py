from django.contrib.auth.models import User
from django.http import JsonResponse


def find_users(request):
    term = request.POST.get("term", "")
    where = "username LIKE '%%" + term + "%%'"
    sql = "SELECT * FROM auth_user WHERE is_active = 1 AND " + where
    users = User.objects.raw(sql)
    return JsonResponse({"users": [u.username for u in users]})
