from django.http import JsonResponse
from django.contrib.auth.models import User


def user_lookup(request):
    name = request.GET.get("username", "")
    where = "username = '" + name + "'"
    query = "SELECT * FROM auth_user WHERE " + where
    users = User.objects.raw(query)
    data = [{"id": u.id, "username": u.username, "email": u.email} for u in users]
    return JsonResponse({"users": data})
