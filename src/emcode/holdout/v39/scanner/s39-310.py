from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import Rental


@login_required
@require_POST
def cancel_rental(request, rental_id):
    Rental.objects.filter(id=rental_id, customer=request.user).update(status="cancelled")
    return JsonResponse({"cancelled": rental_id})
