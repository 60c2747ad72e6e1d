from django.contrib.auth import authenticate, get_user_model, login
from django.http import JsonResponse
from django.views.decorators.http import require_POST


@require_POST
def register_coordinator(request):
    User = get_user_model()
    email = request.POST["email"].lower()
    if User.objects.filter(email=email).exists():
        return JsonResponse({"error": "exists"}, status=409)
    user = User(username=email, email=email)
    user.set_password(request.POST["password"])
    user.save()
    return JsonResponse({"id": user.pk}, status=201)


@require_POST
def login_coordinator(request):
    user = authenticate(request, username=request.POST["email"].lower(), password=request.POST["password"])
    if user is None:
        return JsonResponse({"error": "invalid credentials"}, status=401)
    login(request, user)
    return JsonResponse({"id": user.pk})
