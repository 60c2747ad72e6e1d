from django.contrib.auth.hashers import make_password
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import Volunteer


@require_POST
def register_volunteer(request):
    v = Volunteer.objects.create(
        email=request.POST["email"],
        password=make_password(request.POST["password"]),
        station=request.POST.get("station", "north"),
    )
    return JsonResponse({"id": v.pk}, status=201)
