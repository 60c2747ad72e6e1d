from django import forms
from django.core.validators import FileExtensionValidator
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from trials.models import ConsentScan


class ConsentScanForm(forms.ModelForm):
    scan = forms.FileField(validators=[FileExtensionValidator(["pdf"])])

    class Meta:
        model = ConsentScan
        fields = ["subject", "scan"]


@require_POST
def upload_consent(request):
    form = ConsentScanForm(request.POST, request.FILES)
    if not form.is_valid():
        return JsonResponse({"errors": form.errors}, status=400)
    obj = form.save()
    return JsonResponse({"id": obj.pk}, status=201)
