package id.tenggat.drl.facts;

import id.tenggat.model.DetentionStage;

/**
 * A stage at which the case has detention orders, with whether an exceptional extension at that stage gives a
 * doctor's certificate as its ground. One fact per stage, so that a rule about a stage fires once. Immutable.
 */
public final class DetentionStageFact {
    private final DetentionStage stage;
    private final boolean medicalCertificate;

    /**
     * Creates the fact of one stage.
     *
     * @param stage  the stage
     * @param medicalCertificate  whether an exceptional extension at the stage gives a doctor's certificate as its
     *     ground
     */
    public DetentionStageFact(DetentionStage stage, boolean medicalCertificate) {
        this.stage = stage;
        this.medicalCertificate = medicalCertificate;
    }

    /** {@return the stage} */
    public DetentionStage getStage() { return stage; }
    /** {@return whether an exceptional extension at the stage gives a doctor's certificate as its ground} */
    public boolean isMedicalCertificate() { return medicalCertificate; }

    /**
     * The part of the proceedings whose law governs detention at this stage, as {@link LawInForce#getStage()} names
     * it: "penyidikan" for the investigator and the prosecutor, "pengadilan" for the courts.
     *
     * @return "penyidikan" or "pengadilan"
     */
    public String getProceeding() {
        return stage == DetentionStage.PENYIDIK || stage == DetentionStage.PENUNTUT_UMUM ? "penyidikan" : "pengadilan";
    }
}
