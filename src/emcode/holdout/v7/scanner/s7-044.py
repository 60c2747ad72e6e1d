from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.contrib.auth.decorators import login_required
from .models import Profile


@csrf_exempt
@login_required
def change_email(request):
    if request.method != "POST":
        return JsonResponse({"error": "POST only"}, status=405)
    profile = Profile.objects.get(user=request.user)
    profile.email = request.POST["email"]
    profile.save(update_fields=["email"])
    return JsonResponse({"ok": True})
