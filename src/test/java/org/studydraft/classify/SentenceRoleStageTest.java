package org.studydraft.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.studydraft.core.Document;
import org.studydraft.segment.SegmentStage;
import org.studydraft.segment.Sentences;
import org.studydraft.testutil.Pipelines;

/** Sentence roles on short texts of each kind the corpus holds: where the results are, and what a sentence does there. */
class SentenceRoleStageTest {

    /** Role of the sentence that contains {@code fragment}. */
    private static String role(Document doc, String fragment) {
        Sentences sents = doc.get(SegmentStage.SENTENCES);
        SentenceRoles roles = doc.get(SentenceRoleStage.ROLES);
        for (int i = 0; i < sents.size(); i++) {
            if (sents.get(i).of(doc.clean()).contains(fragment)) {
                return roles.role(i);
            }
        }
        fail("no sentence contains: " + fragment);
        return null;
    }

    private static void assertNeither(Document doc, String fragment) {
        String r = role(doc, fragment);
        assertNotEquals("finding", r, fragment);
        assertNotEquals("conclusion", r, fragment);
    }

    @Test
    void structuredAbstractFindsItsResultsBlock() {
        Document doc = Pipelines.process("abstract.txt", String.join("\n",
                "Reduced natural killer cell cytotoxicity in myalgic encephalomyelitis",
                "",
                "Background",
                "Previous studies have reported reduced natural killer cell function in ME/CFS.",
                "Methods",
                "We recruited 56 patients and 52 healthy controls and measured cytotoxicity by flow cytometry.",
                "Cytotoxicity was defined as the percentage of target cells lysed at a 25:1 ratio.",
                "Results",
                "Mean age was 41.2 years and 80% were women.",
                "NK cell cytotoxicity was lower in patients than in controls (17.9% vs. 27.4%, p = 0.00001).",
                "The difference was stable over seven days in the repeat-sampling subgroup.",
                "Conclusions",
                "Reduced NK cell cytotoxicity may reflect a stable immune abnormality in ME/CFS.",
                "Multi-site replication is needed before the assay is used in clinics."));
        assertNeither(doc, "Previous studies have reported");
        assertNeither(doc, "We recruited 56 patients");
        assertNeither(doc, "Cytotoxicity was defined");
        assertNeither(doc, "Mean age was 41.2 years");
        assertEquals("finding", role(doc, "NK cell cytotoxicity was lower"));
        assertEquals("finding", role(doc, "The difference was stable"));
        assertEquals("conclusion", role(doc, "may reflect a stable immune abnormality"));
        assertEquals("conclusion", role(doc, "Multi-site replication is needed"));
    }

    @Test
    void inlineAndMarkdownLabelsOpenSections() {
        Document doc = Pipelines.process("labels.txt", String.join("\n",
                "Post-exertional malaise after COVID-19",
                "**Methods** Participants from a post-COVID cohort completed validated questionnaires.",
                "**Results** Post-exertional malaise was reported by 48% of women and 41% of men.",
                "Associated factors were older age, comorbidities and living alone.",
                "**Conclusions** High proportions of post-exertional malaise are seen after COVID-19.",
                "Routine screening for post-exertional malaise is recommended in this group."));
        assertNeither(doc, "Participants from a post-COVID cohort");
        assertEquals("finding", role(doc, "Post-exertional malaise was reported by 48%"));
        assertEquals("finding", role(doc, "Associated factors were older age"));
        assertEquals("conclusion", role(doc, "High proportions of post-exertional malaise"));
        assertEquals("conclusion", role(doc, "Routine screening"));
    }

    @Test
    void discussionSentenceThatAlsoReportsIsAFinding() {
        Document doc = Pipelines.process("discussion.txt", String.join("\n",
                "Results",
                "BPI pain interference fell from 6.2 to 5.1 (t(22) = -2.1, p = .047).",
                "Discussion",
                "Heart rate control did not improve post-exertional malaise, which suggests that tachycardia is not its main driver.",
                "Ivabradine may be a useful option for patients who cannot tolerate beta-blockers.",
                "Our results agree with earlier reports and extend them to a sample selected with stricter criteria.",
                "Consent: written informed consent was obtained from all three patients."));
        assertEquals("finding", role(doc, "Heart rate control did not improve"));
        assertEquals("conclusion", role(doc, "Ivabradine may be a useful option"));
        assertEquals("conclusion", role(doc, "Our results agree with earlier reports"));
        assertNeither(doc, "informed consent was obtained");
    }

    @Test
    void atlasListsTakeTheirHeadingsRole() {
        Document doc = Pipelines.process("atlas.txt", String.join("\n",
                "Rituximab for patients with ME/CFS",
                "Quick Summary",
                "Researchers found that rituximab did not improve fatigue more than placebo.",
                "Observed Findings",
                "- Patient symptoms and functional capacity were measured and compared between groups",
                "- Fatigue scores did not differ between rituximab and placebo (p = 0.4)",
                "Inferred Conclusions",
                "- The study aimed to test the immune dysfunction hypothesis in ME/CFS",
                "- B-cell depletion is unlikely to help most patients",
                "Remaining Questions",
                "- Which patient subgroups, if any, showed significant improvement?"));
        assertNeither(doc, "Researchers found that rituximab");
        assertEquals("finding", role(doc, "Patient symptoms and functional capacity were measured"));
        assertEquals("finding", role(doc, "Fatigue scores did not differ"));
        assertEquals("conclusion", role(doc, "The study aimed to test"));
        assertEquals("conclusion", role(doc, "B-cell depletion is unlikely"));
        assertNeither(doc, "Which patient subgroups");
    }

    @Test
    void forumRepliesAreNeither() {
        Document doc = Pipelines.process("thread.txt", String.join("\n",
                "New cohort study: who goes on to develop ME/CFS after COVID?",
                "#1 harbourlights",
                "Just out in an open access journal, my summary below.",
                "At 24 months, 152 of the 1,947 participants (7.8%) met the IOM 2015 criteria for ME/CFS.",
                "Women were more likely than men to develop ME/CFS (HR 1.9, 95% CI 1.4-2.6).",
                "harbourlights, 3 Feb 2025 · Reply · Quote · Like (27)",
                "#2 mossandfern",
                "That 21% recovery figure is grim but matches everything I have seen in our support group.",
                "Two cautions: the criteria were applied by questionnaire and drop-outs might differ from those who stayed."));
        assertEquals("finding", role(doc, "152 of the 1,947 participants"));
        assertEquals("finding", role(doc, "Women were more likely than men"));
        assertNeither(doc, "That 21% recovery figure");
        assertNeither(doc, "Two cautions");
    }

    @Test
    void phpbbStyleThreadKeepsItsOpeningPost() {
        Document doc = Pipelines.process("phpbb.txt", String.join("\n",
                "New survey: sleep medication use in ME/CFS (charity survey, 1,204 respondents)",
                "Re: New survey: sleep medication use in ME/CFS",
                "by Brambleberry » Tue Oct 08, 2024 9:14 am",
                "The regional ME network has published the results of its 2024 member survey.",
                "They also say unrefreshing sleep scores correlated with fatigue (r = .52, p < .001).",
                "Re: New survey: sleep medication use in ME/CFS",
                "by quietfox » Tue Oct 08, 2024 11:02 am",
                "A p of .043 on a chi-square with three groups is hardly overwhelming, to be honest."));
        assertEquals("finding", role(doc, "unrefreshing sleep scores correlated"));
        assertNeither(doc, "A p of .043");
    }

    @Test
    void newsOpeningSetsTheSceneAndConclusionsFollowTheResults() {
        Document doc = Pipelines.process("news.txt", String.join("\n",
                "Chronic fatigue syndrome is a common illness that affects up to 1% of adults.",
                "Some experts believe the illness might be triggered by a combination of factors.",
                "A new study of 153 patients and 96 healthy controls examined the gut microbiome.",
                "The study found that patients had reduced bacterial diversity compared with controls.",
                "These findings suggest that the gut microbiome could become a diagnostic marker."));
        assertNeither(doc, "is a common illness");
        assertNeither(doc, "Some experts believe");
        assertEquals("finding", role(doc, "The study found that patients had reduced"));
        assertEquals("conclusion", role(doc, "These findings suggest"));
    }

    @Test
    void blogQuestionHeadingsAndTheWritersOwnView() {
        Document doc = Pipelines.process("blog.txt", String.join("\n",
                "Breathing muscle training in ME/CFS: a small pilot worth a look",
                "As a physiotherapist I get asked a lot whether breathing exercises can help people with ME/CFS.",
                "What they found:",
                "• Maximal inspiratory pressure rose by an average of 21% (p = .002).",
                "• Breathlessness scores improved, but fatigue scores did not change.",
                "The authors conclude that inspiratory muscle training may improve breathlessness in ME/CFS.",
                "My take",
                "If you want to try it, please work with a physiotherapist who understands post-exertional malaise."));
        assertNeither(doc, "As a physiotherapist");
        assertEquals("finding", role(doc, "Maximal inspiratory pressure rose"));
        assertEquals("finding", role(doc, "Breathlessness scores improved"));
        assertEquals("conclusion", role(doc, "The authors conclude"));
        assertNeither(doc, "If you want to try it");
    }

    @Test
    void transcriptSpeakerLabelsDoNotHideQuestionHeadings() {
        Document doc = Pipelines.process("podcast.txt", String.join("\n",
                "HOST: Tell us what you set out to do.",
                "GUEST: We ran six online focus groups with 31 parents of children with ME/CFS.",
                "HOST: And what came out?",
                "GUEST: Parents described coordinating everything themselves, and many had given up work.",
                "HOST: So what should change?",
                "GUEST: Professionals need training so that ME/CFS is not mistaken for neglect."));
        assertEquals("finding", role(doc, "Parents described coordinating"));
        assertEquals("conclusion", role(doc, "Professionals need training"));
    }

    @Test
    void questionsCaptionsAndStudyLimitsAreNeither() {
        Document doc = Pipelines.process("misc.txt", String.join("\n",
                "Results",
                "Figure 2. Cytotoxicity was significantly lower in patients than in controls at both visits.",
                "Did rituximab show a statistically significant benefit over placebo in any subgroup of patients?",
                "Patients had higher IL-6 than controls (p = 0.01).",
                "This study does not prove that the antibodies cause symptoms, only that they are present."));
        assertNeither(doc, "Figure 2.");
        assertNeither(doc, "Did rituximab show");
        assertEquals("finding", role(doc, "Patients had higher IL-6"));
        assertNeither(doc, "This study does not prove");
    }

    @Test
    void aColonHeadingHeadsItsListOnly() {
        Document doc = Pipelines.process("guideline-news.txt", String.join("\n",
                "Health directorate publishes first ME/CFS guideline",
                "Key recommendations in the guideline include:",
                "• Do not offer graded exercise therapy or any programme of fixed increases in activity.",
                "• Offer energy management (pacing) support from a specialist team.",
                "Patient group ME Northern welcomed the document at its annual meeting on Monday.",
                "The Directorate said it would review the guideline in 2027 with patients and clinicians."));
        assertEquals("conclusion", role(doc, "Do not offer graded exercise therapy"));
        assertEquals("conclusion", role(doc, "Offer energy management"));
        assertNeither(doc, "Patient group ME Northern welcomed");
        assertNeither(doc, "review the guideline in 2027");
    }

    @Test
    void participlesFigurePointersAndNeedsAreNotResults() {
        Document doc = Pipelines.process("explainer.txt", String.join("\n",
                "Mast cells and exercise: what a new study found",
                "Mast cells are immune cells found in the lining of the gut and around blood vessels.",
                "Nicotinamide riboside is a vitamin that cells need to make energy.",
                "A new study of 80 patients measured mast cell markers in blood before and after an exercise test.",
                "The chart below shows the markers that were measured at each visit.",
                "Symptoms reported by the participants were recorded in a daily diary.",
                "Patients reported more pain after the test than before it, and tryptase was higher in patients than in controls.",
                "Further studies are needed to see whether the markers change with treatment."));
        assertNeither(doc, "immune cells found in the lining");
        assertNeither(doc, "cells need to make energy");
        assertNeither(doc, "The chart below shows");
        assertNeither(doc, "Symptoms reported by the participants");
        assertEquals("finding", role(doc, "Patients reported more pain"));
        assertEquals("conclusion", role(doc, "Further studies are needed"));
    }

    @Test
    void absentLinksTrailingInterpretationsAndWhatIsNotProven() {
        Document doc = Pipelines.process("summary.txt", String.join("\n",
                "Researchers measured antibodies against adrenergic receptors in 40 patients and 40 healthy controls.",
                "Patients had higher antibody levels than controls.",
                "However, antibody levels did not match how ill the patients were.",
                "The lack of correlation with severity suggests the antibodies may not drive the symptoms.",
                "Blood flow to the brain fell during the tilt test in every patient, suggesting that dizziness has a circulatory cause.",
                "This study does not prove that the antibodies cause the illness; it only shows that they are higher in patients.",
                "These results suggest that antibody testing could help to identify a subgroup."));
        assertEquals("finding", role(doc, "Patients had higher antibody levels"));
        assertEquals("finding", role(doc, "did not match how ill"));
        assertEquals("finding", role(doc, "The lack of correlation with severity"));
        assertEquals("finding", role(doc, "Blood flow to the brain fell"));
        assertEquals("limitation", role(doc, "This study does not prove"));
        assertEquals("conclusion", role(doc, "These results suggest that antibody testing"));
    }

    @Test
    void journalSpecificAbstractHeadings() {
        Document doc = Pipelines.process("plos-style.txt", String.join("\n",
                "Orthostatic intolerance in adolescents with ME/CFS",
                "Importance",
                "Orthostatic intolerance has been reported in up to 90% of adolescents with ME/CFS.",
                "Methodology/Principal Findings",
                "Heart rate rose by more than 40 beats per minute in 18 of 30 adolescents during the stand test.",
                "Dizziness was the symptom reported most often.",
                "Conclusions/Significance",
                "Orthostatic testing belongs in the routine assessment of adolescents with ME/CFS."));
        assertNeither(doc, "has been reported in up to 90%");
        assertEquals("finding", role(doc, "Heart rate rose by more than 40"));
        assertEquals("finding", role(doc, "Dizziness was the symptom"));
        assertEquals("conclusion", role(doc, "Orthostatic testing belongs"));
    }

    @Test
    void whatHasBeenReportedElsewhereIsBackground() {
        Document doc = Pipelines.process("nk.txt", String.join("\n",
                "We measured natural killer cell cytotoxicity in 30 patients and 30 healthy controls.",
                "Cytotoxicity was lower in patients than in controls (p = 0.02).",
                "Low natural killer cell function has also been found in people with long COVID.",
                "Similar changes have been described in multiple sclerosis."));
        assertEquals("finding", role(doc, "Cytotoxicity was lower"));
        assertNeither(doc, "has also been found in people with long COVID");
        assertNeither(doc, "have been described in multiple sclerosis");
    }

    @Test
    void summingUpAndPlacingTheResultsIsAConclusion() {
        Document doc = Pipelines.process("cortisol.txt", String.join("\n",
                "We compared morning cortisol in 50 patients and 50 healthy controls.",
                "Morning cortisol was lower in patients than in controls (p = 0.03).",
                "Taken together, a blunted stress response is a plausible part of the illness.",
                "These observations are in line with a blunted stress response.",
                "The result underlines the need for larger cohorts."));
        assertEquals("finding", role(doc, "Morning cortisol was lower"));
        assertEquals("conclusion", role(doc, "Taken together"));
        assertEquals("conclusion", role(doc, "These observations are in line with"));
        assertEquals("conclusion", role(doc, "underlines the need"));
    }

    @Test
    void journalHighlightsAreResults() {
        Document doc = Pipelines.process("highlights.txt", String.join("\n",
                "Gut permeability in ME/CFS",
                "Highlights",
                "• Zonulin is raised in a third of patients.",
                "• Few trials have tested diet in this group.",
                "• Gut barrier changes may explain some post-exertional symptoms.",
                "Abstract",
                "Gut symptoms are common in ME/CFS."));
        assertEquals("finding", role(doc, "Zonulin is raised"));
        assertEquals("finding", role(doc, "Few trials have tested diet"));
        assertEquals("conclusion", role(doc, "Gut barrier changes may explain"));
    }

    @Test
    void howManyTookPartIsNotAResult() {
        Document doc = Pipelines.process("survey-post.txt", String.join("\n",
                "Our local group ran an online survey about dental care for people with ME/CFS.",
                "- 318 people completed the survey.",
                "- 290 (91%) were still in the study at six months.",
                "- 64% said a dental visit had worsened their symptoms for more than a week."));
        assertNeither(doc, "318 people completed the survey");
        assertNeither(doc, "were still in the study");
        assertEquals("finding", role(doc, "64% said a dental visit"));
    }

    @Test
    void combinedInlineLabels() {
        Document doc = Pipelines.process("combined.txt", String.join("\n",
                "BACKGROUND AND METHODS: Forty patients wore an activity tracker for two weeks before and after a tilt test.",
                "METHODS AND RESULTS: Daily steps fell by a third in the week after the test.",
                "Recovery took longer in patients who were housebound before the test.",
                "CONCLUSIONS: A tilt test carries a cost that clinics should plan for."));
        assertNeither(doc, "Forty patients wore an activity tracker");
        assertEquals("finding", role(doc, "Daily steps fell by a third"));
        assertEquals("finding", role(doc, "Recovery took longer"));
        assertEquals("conclusion", role(doc, "A tilt test carries a cost"));
    }

    @Test
    void headingKeyIgnoresNumberingAndMarkup() {
        for (String heading : List.of("Results", "3 RESULTS", "3.1 Results:", "IV. Results", "**Results**", "## Results")) {
            assertEquals("results", SentenceRoleStage.headingKey(heading), heading);
        }
    }
}
