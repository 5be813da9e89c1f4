package io.hyperchain.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.faces.annotation.FacesConfig;
import jakarta.faces.context.FacesContext;

/** Switches on CDI injection of FacesContext and friends for the page beans. */
@FacesConfig
public class FacesProducer {

    @Produces
    @RequestScoped
    FacesContext facesContext() {
        return FacesContext.getCurrentInstance();
    }
}
