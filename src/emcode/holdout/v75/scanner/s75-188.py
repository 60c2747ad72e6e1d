from django import forms
from django.core.validators import FileExtensionValidator
from django.db import models
from django.shortcuts import redirect, render


class Waiver(models.Model):
    member = models.ForeignKey("gym.Member", on_delete=models.CASCADE)
    document = models.FileField(
        upload_to="waivers/%Y/%m/", validators=[FileExtensionValidator(["pdf"])]
    )


class WaiverForm(forms.ModelForm):
    class Meta:
        model = Waiver
        fields = ["document"]


def upload_waiver(request):
    form = WaiverForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        w = form.save(commit=False)
        w.member = request.user.member
        w.save()
        return redirect("waiver-done")
    return render(request, "gym/waiver.html", {"form": form})
