/**
 * Given names and family names for the demo talents: Moroccan (Arabic and Amazigh) for the diaspora and
 * returnees, and names from each migrants' country of origin.
 */
export interface NamePool {
  men: string[];
  women: string[];
  family: string[];
}

export const MOROCCAN_NAMES: NamePool = {
  men: ['Mohammed', 'Youssef', 'Amine', 'Hamza', 'Mehdi', 'Omar', 'Anas', 'Yassine', 'Rachid', 'Saïd', 'Hicham', 'Khalid', 'Abdelali', 'Reda', 'Ayoub', 'Othmane', 'Ilyas', 'Soufiane', 'Nabil', 'Tarik', 'Adil', 'Hassan', 'Mourad', 'Zakaria', 'Driss', 'Brahim', 'Jamal', 'Mustapha', 'Abderrahim', 'Ismaïl', 'Badr', 'Walid', 'Noureddine', 'Aziz', 'Lahcen', 'Moha', 'Idir', 'Anir', 'Younes', 'Fouad', 'Jawad', 'Said', 'Abdelkader', 'Marouane', 'Issam'],
  women: ['Fatima Zahra', 'Khadija', 'Salma', 'Imane', 'Meryem', 'Sara', 'Hajar', 'Nadia', 'Loubna', 'Siham', 'Zineb', 'Houda', 'Asmae', 'Ghita', 'Kawtar', 'Sanaa', 'Latifa', 'Naïma', 'Btissam', 'Samira', 'Hind', 'Ikram', 'Yasmine', 'Soukaina', 'Oumaima', 'Rim', 'Leïla', 'Malika', 'Amal', 'Najat', 'Wiam', 'Chaimae', 'Tilelli', 'Dounia', 'Nisrine', 'Hanane', 'Ilham', 'Mouna', 'Rajae', 'Fadwa'],
  family: ['Alaoui', 'El Idrissi', 'Bennani', 'Tazi', 'Chraibi', 'Amrani', 'Ouazzani', 'Lahlou', 'Benjelloun', 'El Fassi', 'Kettani', 'Sqalli', 'Bouzidi', 'Aït Ouahmane', 'Oubella', 'Aït Lhaj', 'Ouchen', 'Boutaleb', 'El Khattabi', 'Azzouzi', 'Benali', 'Haddou', 'Ziani', 'Mansouri', 'Naciri', 'Rachidi', 'Saidi', 'Tahiri', 'Fikri', 'Bakkali', 'El Moussaoui', 'Harrak', 'Jebli', 'Lamrani', 'Filali', 'Sebti', 'Belhaj', 'Amghar', 'Boukhari', 'Cherkaoui', 'Doukkali', 'El Ghazi', 'Hilali', 'Kabbaj', 'Marzouki', 'Ouahbi', 'Raji', 'Touimi', 'Zerouali', 'El Mokhtari', 'Achour', 'Bouazza', 'Hamdaoui', 'El Yousfi', 'Akdim', 'Bahri', 'Chafik', 'Ennaji', 'Guessous', 'Jaidi', 'Laraki', 'Mekouar', 'Nejjar', 'Sefrioui', 'Tounsi', 'Bensaid', 'Aït Taleb', 'Ouakrim', 'Id Belkacem', 'Amellal', 'Aberkane', 'Boulahrouz', 'El Amrani', 'Azaouagh', 'Bouhlal'],
};

/** Names by country of origin of migrants (ISO code). */
export const ORIGIN_NAMES: Record<string, NamePool> = {
  SN: {
    men: ['Mamadou', 'Cheikh', 'Ousmane', 'Abdoulaye', 'Modou', 'Babacar', 'Ibrahima', 'Moustapha', 'Pape', 'Serigne', 'Aliou'],
    women: ['Fatou', 'Aminata', 'Awa', 'Ndeye', 'Mariama', 'Khady', 'Aïssatou', 'Coumba', 'Astou', 'Rokhaya'],
    family: ['Diop', 'Ndiaye', 'Fall', 'Sow', 'Sarr', 'Gueye', 'Faye', 'Mbaye', 'Diallo', 'Sy', 'Ba', 'Cissé', 'Seck', 'Niang'],
  },
  CI: {
    men: ['Kouadio', 'Yao', 'Koffi', 'Serge', 'Didier', 'Arsène', 'Jean-Marc', 'Ismaël', 'Brice', 'Hervé', 'Wilfried'],
    women: ['Aya', 'Adjoua', 'Mariam', 'Christelle', 'Estelle', 'Affoué', 'Prisca', 'Raïssa', 'Akissi'],
    family: ['Kouassi', 'Konan', "N'Guessan", 'Koné', 'Bamba', 'Ouattara', 'Kouamé', 'Touré', 'Yapi', 'Gnagne', 'Aka', 'Soro'],
  },
  ML: {
    men: ['Moussa', 'Souleymane', 'Bakary', 'Seydou', 'Amadou', 'Boubacar', 'Adama', 'Drissa', 'Mamadou', 'Yacouba', 'Lassana'],
    women: ['Kadiatou', 'Fanta', 'Oumou', 'Assitan', 'Rokia', 'Djeneba', 'Awa', 'Mariam', 'Nana'],
    family: ['Diarra', 'Traoré', 'Keïta', 'Coulibaly', 'Konaté', 'Sissoko', 'Dembélé', 'Sangaré', 'Camara', 'Doumbia', 'Diakité', 'Maïga'],
  },
  GN: {
    men: ['Alpha', 'Mamadou', 'Sékou', 'Thierno', 'Lansana', 'Ibrahima', 'Mohamed', 'Abdourahmane', 'Ousmane'],
    women: ['Mariama', 'Hadja', 'Fatoumata', 'Kadiatou', 'Binta', 'Aïssatou', 'Saran'],
    family: ['Barry', 'Bah', 'Diallo', 'Camara', 'Soumah', 'Sylla', 'Condé', 'Kourouma', 'Sow', 'Keïta'],
  },
  CM: {
    men: ['Jean-Pierre', 'Hervé', 'Franck', 'Blaise', 'Arnaud', 'Rodrigue', 'Stéphane', 'Cédric', 'Landry', 'Yannick'],
    women: ['Sandrine', 'Nadège', 'Carine', 'Laure', 'Brigitte', 'Mireille', 'Vanessa', 'Murielle'],
    family: ['Mbarga', 'Fotso', 'Tchoumi', 'Ngono', 'Kamga', 'Essomba', 'Ndongo', 'Tchakounté', 'Manga', 'Nkoa', 'Abena', 'Djoumessi'],
  },
  CD: {
    men: ['Patrick', 'Christian', 'Trésor', 'Dieudonné', 'Glody', 'Héritier', 'Jonathan', 'Fiston', 'Guelord'],
    women: ['Grâce', 'Merveille', 'Ornella', 'Nathalie', 'Divine', 'Esther', 'Rachel', 'Benedicte'],
    family: ['Mukendi', 'Kabongo', 'Tshibangu', 'Ilunga', 'Mbuyi', 'Lukusa', 'Kasongo', 'Nsimba', 'Mulumba', 'Kalala', 'Mputu'],
  },
  NG: {
    men: ['Chinedu', 'Emeka', 'Oluwaseun', 'Tunde', 'Ibrahim', 'Chukwuemeka', 'Adebayo', 'Musa', 'Femi', 'Uche'],
    women: ['Ngozi', 'Chioma', 'Funmilayo', 'Aisha', 'Blessing', 'Adaeze', 'Yetunde', 'Amaka'],
    family: ['Okafor', 'Adeyemi', 'Okonkwo', 'Balogun', 'Eze', 'Abubakar', 'Nwosu', 'Oladipo', 'Ogunleye', 'Bello', 'Okeke'],
  },
  GH: {
    men: ['Kwame', 'Kofi', 'Yaw', 'Kwabena', 'Emmanuel', 'Samuel', 'Kojo'],
    women: ['Akosua', 'Abena', 'Ama', 'Efua', 'Adwoa', 'Esi'],
    family: ['Mensah', 'Asante', 'Boateng', 'Owusu', 'Agyeman', 'Osei', 'Appiah', 'Darko'],
  },
  BF: {
    men: ['Issouf', 'Boukary', 'Salif', 'Ousséni', 'Hamidou', 'Rasmané', 'Abdoul Karim', 'Arouna'],
    women: ['Salimata', 'Aminata', 'Rasmata', 'Alimata', 'Bintou', 'Awa'],
    family: ['Ouédraogo', 'Sawadogo', 'Kaboré', 'Zongo', 'Compaoré', 'Ilboudo', 'Tapsoba', 'Nikiema', 'Sanou'],
  },
  SY: {
    men: ['Ahmad', 'Omar', 'Khaled', 'Mohammad', 'Samer', 'Fadi', 'Rami', 'Bassel', 'Hussam'],
    women: ['Rania', 'Lina', 'Hala', 'Nour', 'Dima', 'Rasha', 'Reem'],
    family: ['Al-Hassan', 'Haddad', 'Khoury', 'Al-Masri', 'Darwish', 'Sabbagh', 'Halabi', 'Kassab', 'Najjar', 'Al-Ali'],
  },
  YE: {
    men: ['Abdullah', 'Saleh', 'Ali', 'Ahmed', 'Hamza', 'Yahya', 'Fuad'],
    women: ['Amal', 'Afrah', 'Huda', 'Maryam', 'Arwa'],
    family: ['Al-Ahmadi', 'Al-Haddad', 'Ba Wazir', 'Al-Sanani', 'Al-Hamdani', 'Al-Yafei', 'Al-Maqtari'],
  },
};
