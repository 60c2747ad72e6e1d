from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt


@csrf_exempt
@login_required
def change_email(request):
    if request.method != "POST":
        return JsonResponse({"error": "POST only"}, status=405)
    request.user.email = request.POST["email"]
    request.user.save(update_fields=["email"])
    return JsonResponse({"ok": True})
