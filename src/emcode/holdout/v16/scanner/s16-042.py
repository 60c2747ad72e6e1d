from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt


@csrf_exempt
@login_required
def delete_account(request):
    if request.method != "POST":
        return JsonResponse({"error": "POST only"}, status=405)
    request.user.delete()
    return JsonResponse({"deleted": True})
