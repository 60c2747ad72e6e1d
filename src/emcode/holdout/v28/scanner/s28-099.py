from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import JsonResponse
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators.csrf import csrf_exempt

from .models import Pet


@method_decorator(csrf_exempt, name="dispatch")
class TransferPet(LoginRequiredMixin, View):
    def post(self, request, pet_id):
        pet = Pet.objects.get(pk=pet_id, clinic=request.user.clinic)
        pet.owner_id = int(request.POST["new_owner"])
        pet.save(update_fields=["owner"])
        return JsonResponse({"pet": pet.pk, "owner": pet.owner_id})
