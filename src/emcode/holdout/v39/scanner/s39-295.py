from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.contrib.auth.decorators import login_required

from .models import Rental


@csrf_exempt
@login_required
def cancel_rental(request, rental_id):
    if request.method != "POST":
        return JsonResponse({"error": "POST only"}, status=405)
    Rental.objects.filter(id=rental_id, customer=request.user).update(status="cancelled")
    return JsonResponse({"cancelled": rental_id})
