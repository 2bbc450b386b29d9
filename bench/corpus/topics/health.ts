import type { TopicVocabulary } from '../topic-vocabulary';

export const health: TopicVocabulary = {
  qcode: 'medtop:07000000',
  weight: 7,
  subjects: ['the health ministry', 'doctors', 'the hospital', 'nurses', 'health officials', 'researchers', 'the regulator', 'patients’ groups', 'the clinic', 'the vaccination programme'],
  actions: ['extend the vaccination programme', 'cut hospital waiting lists', 'approve the new treatment', 'hire more nurses', 'close the maternity ward', 'warn about the outbreak', 'fund mental health services', 'ban the sale of the drug', 'open a new cancer centre', 'screen children for the disease'],
  things: ['the flu outbreak', 'hospital waiting lists', 'the vaccine', 'the new treatment', 'mental health services', 'the shortage of doctors', 'the disease', 'public health', 'the emergency department', 'patient safety', 'the cancer screening programme'],
  roles: ['health minister', 'chief medical officer', 'hospital director', 'epidemiologist', 'head of nursing', 'family doctor', 'surgeon'],
  organisations: ['the {place} General Hospital', 'the {place} Health Authority', 'the National Institute of Public Health', 'the {place} Medical Association', 'the Nurses’ Union'],
  quotes: ['Our hospitals are working at the limit of their capacity', 'The vaccine is safe and it saves lives', 'Patients should not have to wait a year for an operation', 'We’re seeing more cases every week', 'Mental health must be treated as seriously as physical health', 'Prevention is always cheaper than cure', 'Staff are exhausted after a very long winter', 'The treatment has changed what we can offer patients'],
  headings: ['Pressure on hospitals', 'What patients should know', 'The science behind the treatment', 'Staff shortages', 'Advice for families'],
  headlines: ['Hospitals in {place} struggle with {thing}', 'Regulator moves to {action}', 'Flu cases in {place} double in a week', 'Doctors warn over {thing}', 'New clinic to {action}', 'Health ministry plans to {action}'],
  facts: ['About {big} patients are waiting for treatment, {percent} per cent more than a year ago.', 'The outbreak has infected {big} people and killed {n}.', 'Vaccination rates among children fell to {percent} per cent.', 'The hospital has {n} intensive care beds.', 'The programme will cost {money} over {n} years.'],
};
