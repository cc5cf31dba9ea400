import type { SeedTexts } from "./seed-content.ts";

/** The same first pages in English, for foreign residents, NGOs and partners (see seed-content-id.ts). */
export const seedTextsEn: SeedTexts = {
  beranda: {
    title: "Recognise, prevent and report human trafficking",
    summary:
      "A job offer that is too good, an agent promising work abroad, or a friend with an opportunity can be the start of trafficking. Learn the signs and where to get help.",
    body: `## What is human trafficking?

Human trafficking is a crime. A person is **moved or controlled** by others, **through deception or pressure**, **in order to be exploited** — for example forced to work without fair pay, sold for sex, or made to run online scams.

Under Indonesia's Law No. 21 of 2007, trafficking has three elements:

1. **The act**: recruiting, transporting, harbouring, sending, transferring or receiving a person.
2. **The means**: threats or violence, abduction, confinement, forgery, deception, abuse of power or of someone's vulnerability, debt bondage, or payment to the person who controls the victim.
3. **The purpose**: exploitation — forced labour, slavery, sexual exploitation, organ removal and other forms of exploitation.

**For a child (under 18), no "means" is needed.** Moving or receiving a child to exploit them is trafficking, even if the child or the parents agreed.

A victim's consent does not erase the crime. Victims are not to blame and have a right to help.`,
  },

  waspada: {
    title: "Warning signs of a trap",
    summary:
      "Signs of a fake job offer, a fake internship or scholarship abroad, and an online romance or “easy money” offer that can lead to trafficking.",
    body: `Trafficking almost always starts with **an offer that sounds good**: a well-paid job, a chance to study abroad, or someone who seems to care. One sign alone is reason enough to stop and check.

## A fake job offer

- Pay **far above normal** for easy or unskilled work.
- **Very fast**: "leave next week", with no selection, training or medical check.
- You must **pay a large fee** up front — or "everything is free" and later taken from your wages as a debt.
- **No written contract**, or one in a language you do not understand, or you may not keep a copy.
- You are told to travel on a **tourist, umrah or visit visa** to work.
- The recruiter **keeps your passport, ID card or diploma**.
- The recruiter is reachable only through social media or messaging, **with no office or licence**.
- You are asked to **lie** to immigration officers or to your family, or your age is raised on documents.
- The company, workplace or employer is **vague** or keeps changing.

## A fake internship or scholarship abroad

- An "internship", "work and study" or "exchange" programme that **your campus or school does not officially know**.
- Participants pay a lot or **take a loan** that is later deducted from wages.
- The activity turns out to be **full-time manual work** unrelated to your studies.
- The visa arranged is **not the proper student or internship visa**.
- You are pushed to decide quickly and **not to ask** your campus.

Before signing up, ask your campus's or school's cooperation or student office directly, and the education office.

## Online romance and "easy money"

- A new contact on social media, games or dating apps who **quickly declares love**, then invites you to meet in another city or country and offers a ticket.
- Jobs as **"admin", "customer service" or "operator"** abroad (for example in Cambodia, Myanmar or the Philippines) paid in dollars — many victims are forced to become online scammers.
- Offers to work as a model, karaoke host or "cultural ambassador" with big pay and a quick departure.
- Requests for **private photos or videos**, followed by threats to share them.
- Offers to "accompany guests" through apps, especially aimed at children and teenagers.

## Signs that someone may already be a victim

- They do not hold their own documents and are not free to leave.
- They work very long hours without pay, or their pay goes to a "debt".
- They are always watched, seem afraid, and may not speak for themselves.
- A child who has stopped going to school and works, or lives with people who are not family.

## What to do

1. **Do not pay** and do not hand over original documents.
2. **Check** the company and the vacancy with the Manpower Office or an official body (see [Safe migration](/migrasi-aman)).
3. **Keep evidence**: screenshots of chats, names, phone numbers and addresses.
4. **Tell** your family or someone you trust.
5. **Report** — through the [complaint form](/lapor) or the numbers on the [Help](/bantuan) page. In an emergency, call **112**.`,
  },

  "migrasi-aman": {
    title: "Working abroad safely and legally",
    summary:
      "Steps to work abroad through official channels: check the vacancy and the company, the documents you need, training, social security, and what to do before you leave.",
    body: `Working abroad is your right. The official route **protects** you: there is a contract, social security, and the state knows where you are. Unofficial ("non-procedural") routes make it easy to be cheated, go unpaid, or be sold.

Indonesian migrant workers are protected by Law No. 18 of 2017. The bodies in charge are the **Ministry for the Protection of Indonesian Migrant Workers (KP2MI, formerly BP2MI)** and the **Manpower Office (Dinas Tenaga Kerja)** where you live.

## The steps

1. **Look for vacancies in official places**: the Manpower Office, the one-stop service for migrant workers (LTSA), or the offices and official website of KP2MI/BP2MI.
2. **Check the recruiting company.** A placement company (P3MI) must be licensed, and the vacancy it offers must be registered. Ask the Manpower Office. **Individual brokers or sponsors may not recruit.**
3. **Meet the requirements**: at least 18 years old, physically and mentally healthy, with the skills required, and with permission from your spouse or parent/guardian, acknowledged by the head of your kelurahan or village.
4. **Take the medical and psychological examination** at an appointed health facility.
5. **Complete the training** and obtain the competence certificate, then the **pre-departure orientation (OPP)**.
6. **Complete your documents**: a passport in your own name, a **work visa** (not a tourist, umrah or visit visa), the placement agreement, and an **employment contract** that you understand and sign yourself. Keep copies.
7. **Register for social security** (BPJS Ketenagakerjaan) before you leave.
8. **Ask for the official breakdown of costs.** For many jobs, placement costs may not be charged to the worker. Never hand over money without a receipt.

## Before and after you leave

- Leave **copies of your passport, visa and contract** with your family, with the workplace address and the employer's number.
- **Never hand your passport** to an agent or employer.
- Note the address and number of the **Indonesian embassy or consulate** in the destination country, and **register** after arrival (for example through the Foreign Ministry's Safe Travel app).
- Agree with your family when you will call. If you cannot be reached, your family can report to the task force.

Unsure about an offer? Read the [warning signs](/waspada) or [ask us](/bantuan).`,
  },

  bantuan: {
    title: "Get help and report",
    summary:
      "What to do if you, your family or someone else may be a victim of human trafficking, and whom to contact.",
    body: `## In danger now?

Call **112** (emergency services) or **110** (police). These calls are free.

## To report or ask

- **[Report through the form](/lapor)** — you may stay anonymous. You receive a **complaint code** to follow your report.
- Call **SAPA 129** — the Ministry of Women's Empowerment and Child Protection's service for violence against women and children, including trafficking.
- Go to the nearest **complaint post** (list below).
- Family abroad in trouble? Contact the **Indonesian embassy or consulate** in that country, and report to us as well.

Missing some details? That is fine. Tell us what you know: who, where, when, and how to reach you if you are willing.

## After you report

1. Staff of {taskForce} look into your report and, if you left a contact, get in touch.
2. **The identity of the reporter and of the victim is kept confidential.**
3. Where needed, the victim is reached and made safe together with the police and other agencies.
4. Victims have a right to services **free of charge**: medical examination and care, psychological and social support, a safe house, legal aid, return to their home region, and support to rebuild their life.
5. Victims may also claim **restitution** (compensation from the offender) and ask the witness and victim protection agency **LPSK** for protection.

Reporting does not mean facing the offender alone. We work with the police, social services, hospitals and other agencies.`,
  },

  tentang: {
    title: "About the task force",
    summary:
      "{taskForce}: who we are, the legal basis, and what we do to prevent and handle human trafficking.",
    body: `{taskForce} brings together local government, the police, prosecutors, city agencies, schools, urban villages, sub-districts and community organisations to **prevent and handle the crime of human trafficking (TPPO)**.

## Legal basis

- Law No. 21 of 2007 on the Eradication of the Crime of Trafficking in Persons, which obliges government at every level to form a task force.
- Presidential Regulation No. 69 of 2008, as amended by Presidential Regulations No. 22 of 2021 and No. 49 of 2023.

## What we do

The task force's work is divided among six working groups:

1. Prevention
2. Health rehabilitation
3. Social rehabilitation, return home and social reintegration
4. Development of legal norms
5. Law enforcement
6. Coordination and cooperation

Our strategy: strengthen the task force at city and sub-district level, and **educate the public widely** so that trafficking is recognised early. Our shared goal: **zero cases**.

See the [numbers of cases and victims](/statistik), the [awareness activities](/kegiatan), and the [campaign materials](/materi) you can download and share.`,
  },
};
