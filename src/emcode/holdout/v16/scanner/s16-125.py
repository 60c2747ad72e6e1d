from django.contrib.auth.models import User
from django.http import JsonResponse


def find_users(request):
    term = request.POST.get("term", "")
    pattern = "%" + term.replace("%", r"\%").replace("_", r"\_") + "%"
    sql = "SELECT * FROM auth_user WHERE is_active = 1 AND username LIKE %s"
    users = User.objects.raw(sql, [pattern])
    return JsonResponse({"users": [u.username for u in users]})
