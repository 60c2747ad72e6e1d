from django import forms
from django.shortcuts import render, redirect
from django.contrib.auth.decorators import login_required


class AddressForm(forms.Form):
    street = forms.CharField(max_length=120)
    city = forms.CharField(max_length=60)


@login_required
def edit_address(request):
    form = AddressForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        request.user.profile.street = form.cleaned_data["street"]
        request.user.profile.city = form.cleaned_data["city"]
        request.user.profile.save()
        return redirect("address")
    return render(request, "address.html", {"form": form})
