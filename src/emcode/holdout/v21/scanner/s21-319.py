from django.http import JsonResponse
from django.contrib.auth.models import User


def user_lookup(request):
    name = request.GET.get("username", "")
    query = "SELECT * FROM auth_user WHERE username = %s"
    users = User.objects.raw(query, [name])
    data = [{"id": u.id, "username": u.username} for u in users]
    return JsonResponse({"users": data})
